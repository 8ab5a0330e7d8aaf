"use client";

import { useState } from "react";

/**
 * Local state for an input whose value lives in the URL: the person types
 * freely, and a change of the URL from elsewhere (Back, Clear filters)
 * replaces what is shown.
 */
export function useSyncedValue(fromUrl: string) {
  const [value, setValue] = useState(fromUrl);
  const [lastUrl, setLastUrl] = useState(fromUrl);

  if (fromUrl !== lastUrl) {
    setLastUrl(fromUrl);
    setValue(fromUrl);
  }
  return [value, setValue] as const;
}
