"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

import type { ActionResult } from "@/lib/actions/result";
import { invitationKeys } from "@/lib/invitations/list-query";

/**
 * After an admin action succeeds, marks the cached Candidates pages stale
 * so going back to the list shows the new status.
 */
export function useRefreshList(result: ActionResult<unknown> | null) {
  const client = useQueryClient();

  useEffect(() => {
    if (result?.ok) {
      void client.invalidateQueries({ queryKey: invitationKeys.all });
    }
  }, [client, result]);
}
