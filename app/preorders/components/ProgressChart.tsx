import { useEffect, useState } from "react";
import { SkeletonBodyText } from "@shopify/polaris";
import type { PreorderDay } from "../progress";

interface ProgressChartProps {
  daily: PreorderDay[];
  goal: number;
  measure: "units" | "revenue";
}

/**
 * Preorders per day (bars) and the running total against the goal (lines), with Shopify's
 * Polaris Viz. The charts measure the page, so they render in the browser only; the server
 * sends a placeholder of the same height.
 */
export function ProgressChart({ daily, goal, measure }: ProgressChartProps) {
  const [viz, setViz] = useState<typeof import("@shopify/polaris-viz") | null>(null);
  useEffect(() => {
    void import("@shopify/polaris-viz").then(setViz);
  }, []);
  if (!viz) return <SkeletonBodyText lines={8} />;
  const { PolarisVizProvider, LineChart, BarChart } = viz;
  const value = (day: PreorderDay, cumulative: boolean) =>
    measure === "units"
      ? cumulative
        ? day.cumulativeUnits
        : day.units
      : cumulative
        ? day.cumulativeRevenue
        : day.revenue;
  return (
    <PolarisVizProvider>
      <div style={{ height: 240 }} data-chart="cumulative">
        <LineChart
          theme="Light"
          data={[
            { name: "Preordered so far", data: daily.map((day) => ({ key: day.date, value: value(day, true) })) },
            {
              name: "Goal",
              data: daily.map((day) => ({ key: day.date, value: goal })),
              isComparison: true,
            },
          ]}
        />
      </div>
      <div style={{ height: 180, marginTop: 16 }} data-chart="daily">
        <BarChart
          theme="Light"
          data={[
            { name: "Preorders per day", data: daily.map((day) => ({ key: day.date, value: value(day, false) })) },
          ]}
        />
      </div>
    </PolarisVizProvider>
  );
}
