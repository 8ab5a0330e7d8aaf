"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  XAxis,
  YAxis,
} from "recharts";

type Props = { scores: { skill: string; score: number }[] };

/** Measured sub-skills as horizontal bars on the 0-10 scale. */
export function SubScoreChart({ scores }: Props) {
  return (
    <BarChart
      responsive
      data={scores}
      layout="vertical"
      margin={{ top: 0, right: 36, bottom: 0, left: 8 }}
      style={{ width: "100%", height: 40 * scores.length + 36 }}
      accessibilityLayer
    >
      <CartesianGrid horizontal={false} stroke="#e2e8f0" />
      <XAxis
        type="number"
        domain={[0, 10]}
        ticks={[0, 2, 4, 6, 8, 10]}
        tick={{ fontSize: 12, fill: "#64748b" }}
      />
      <YAxis
        type="category"
        dataKey="skill"
        width={110}
        tick={{ fontSize: 13, fill: "#0f172a" }}
      />
      <Bar
        dataKey="score"
        fill="#6366f1"
        radius={[0, 4, 4, 0]}
        barSize={18}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="score"
          position="right"
          style={{ fontSize: 12, fill: "#0f172a" }}
          formatter={(value) => Number(value).toFixed(1)}
        />
      </Bar>
    </BarChart>
  );
}
