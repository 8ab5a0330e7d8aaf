type Change = { actorName: string; summary: string; createdAt: Date };

/** "Who did what", with when, as one line of an activity list. */
export function ChangeHeadline({ change }: { change: Change }) {
  return (
    <div className="flex flex-wrap justify-between gap-2">
      <span>
        <span className="font-medium">{change.actorName}</span> {change.summary}
      </span>
      <time
        dateTime={change.createdAt.toISOString()}
        className="text-slate-500"
      >
        {change.createdAt.toLocaleString("en", {
          dateStyle: "medium",
          timeStyle: "short",
        })}
      </time>
    </div>
  );
}
