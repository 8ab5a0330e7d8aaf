"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  XAxis,
  YAxis,
} from "recharts";

type Step = { step: string; count: number; share: string };

/** Invited → reported as bars, each labelled with its share of invited. */
export function FunnelChart({ steps }: { steps: Step[] }) {
  return (
    <BarChart
      responsive
      data={steps}
      layout="vertical"
      margin={{ top: 0, right: 96, bottom: 0, left: 8 }}
      style={{ width: "100%", height: 44 * steps.length + 32 }}
      accessibilityLayer
    >
      <CartesianGrid horizontal={false} stroke="#e2e8f0" />
      <XAxis
        type="number"
        allowDecimals={false}
        tick={{ fontSize: 12, fill: "#64748b" }}
      />
      <YAxis
        type="category"
        dataKey="step"
        width={90}
        tick={{ fontSize: 13, fill: "#0f172a" }}
      />
      <Bar
        dataKey="count"
        fill="#6366f1"
        radius={[0, 4, 4, 0]}
        barSize={22}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="share"
          position="right"
          style={{ fontSize: 12, fill: "#0f172a" }}
        />
      </Bar>
    </BarChart>
  );
}
