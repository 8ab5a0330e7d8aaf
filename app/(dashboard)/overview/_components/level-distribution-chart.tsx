"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { CEFR_LEVELS, LEVEL_COLORS } from "@/components/reports/levels";
import type { LevelGroup } from "@/lib/organizations/assessment-stats";

/** One stacked bar per posting or assessment, A1 on the left to C2. */
export function LevelDistributionChart({ groups }: { groups: LevelGroup[] }) {
  return (
    <BarChart
      responsive
      data={groups}
      layout="vertical"
      margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
      style={{ width: "100%", height: 40 * groups.length + 72 }}
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
        dataKey="label"
        width={180}
        tick={{ fontSize: 12, fill: "#0f172a" }}
      />
      <Tooltip cursor={{ fill: "#f1f5f9" }} />
      <Legend
        wrapperStyle={{ fontSize: 12 }}
        formatter={(value) => <span className="text-slate-700">{value}</span>}
      />
      {CEFR_LEVELS.map((level) => (
        <Bar
          key={level}
          dataKey={level}
          stackId="levels"
          fill={LEVEL_COLORS[level]}
          stroke="#ffffff"
          barSize={20}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
