import {
  Body,
  Button,
  Column,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Row,
  Section,
  Text,
} from "@react-email/components";
import type { CSSProperties } from "react";

import type { EmailCopy } from "@/lib/email/copy";

// Mail clients ignore stylesheets and modern colour spaces, so the brand
// colours are repeated here as inline hex values.
const BRAND = "#4b50d5";
const INK = "#0f172a";
const MUTED = "#64748b";

const styles = {
  body: {
    backgroundColor: "#f1f5f9",
    color: INK,
    fontFamily: "Helvetica, Arial, sans-serif",
    margin: 0,
    padding: "24px 0",
  },
  card: {
    backgroundColor: "#ffffff",
    border: "1px solid #e2e8f0",
    borderRadius: "12px",
    maxWidth: "560px",
    padding: "32px",
  },
  organization: { color: BRAND, fontSize: "14px", fontWeight: 600, margin: 0 },
  heading: { fontSize: "22px", lineHeight: "30px", margin: "8px 0 16px" },
  text: { fontSize: "15px", lineHeight: "24px" },
  details: {
    backgroundColor: "#f8fafc",
    borderRadius: "8px",
    margin: "8px 0",
    padding: "12px 16px",
  },
  label: { color: MUTED, fontSize: "13px", padding: "4px 12px 4px 0" },
  value: { fontSize: "14px", fontWeight: 600, padding: "4px 0" },
  action: { margin: "24px 0", textAlign: "center" },
  button: {
    backgroundColor: BRAND,
    borderRadius: "8px",
    color: "#ffffff",
    fontSize: "15px",
    fontWeight: 600,
    padding: "12px 24px",
    textDecoration: "none",
  },
  small: { color: MUTED, fontSize: "13px", lineHeight: "20px" },
  link: { color: BRAND, wordBreak: "break-all" },
} satisfies Record<string, CSSProperties>;

/**
 * A message to a candidate: the invitation or its reminder, which differ
 * only in their words.
 */
export function InvitationEmail({
  copy,
  organizationName,
  link,
}: {
  copy: EmailCopy;
  organizationName: string;
  link: string;
}) {
  return (
    <Html lang={copy.locale}>
      <Head />
      <Preview>{copy.preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.card}>
          <Text style={styles.organization}>{organizationName}</Text>
          <Heading as="h1" style={styles.heading}>
            {copy.heading}
          </Heading>
          <Text style={styles.text}>{copy.greeting}</Text>
          <Text style={styles.text}>{copy.intro}</Text>
          <Section style={styles.details}>
            {copy.details.map((detail) => (
              <Row key={detail.label}>
                <Column style={styles.label}>{detail.label}</Column>
                <Column style={styles.value}>{detail.value}</Column>
              </Row>
            ))}
          </Section>
          {copy.notes.map((note) => (
            <Text key={note} style={styles.text}>
              {note}
            </Text>
          ))}
          <Section style={styles.action}>
            <Button href={link} style={styles.button}>
              {copy.action}
            </Button>
          </Section>
          <Text style={styles.small}>
            {copy.fallback}
            <br />
            <Link href={link} style={styles.link}>
              {link}
            </Link>
          </Text>
          <Hr />
          <Text style={styles.small}>{copy.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
