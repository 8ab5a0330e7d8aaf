// The dashboard's sidebar belongs to its layout, which the report cannot
// style with classes; on paper only the report itself should remain.
const PRINT_CSS = `
@media print {
  @page { margin: 14mm; }
  body { background: white; }
  aside, nav, [role="banner"] { display: none !important; }
  main { padding: 0 !important; }
  section { box-shadow: none !important; }
}
`;

/** Page margins and hidden navigation when the report is printed. */
export function PrintStyles() {
  return <style>{PRINT_CSS}</style>;
}
