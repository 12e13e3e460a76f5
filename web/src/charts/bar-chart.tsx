import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** One bar: its label and value (null: suppressed, drawn as nothing). */
export interface Bar {
  label: string;
  value: number | null;
}

/**
 * A bar chart drawn by Chart.js on a canvas. The canvas is an image with a summary as its name;
 * the numbers themselves are always in a table next to it (the chart is for looking, the table
 * for reading, including with a screen reader), so the chart never carries information alone.
 */
export default function BarChart({ bars, summary, valueLabel }: { bars: Bar[]; summary: string; valueLabel: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.map((b) => b.label),
        datasets: [{ label: valueLabel, data: bars.map((b) => b.value), backgroundColor: '#0b4f8a', borderColor: '#0b4f8a', borderWidth: 1, maxBarThickness: 48 }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        plugins: { legend: { display: false }, tooltip: { enabled: true } },
        scales: {
          x: { ticks: { color: '#1b1b1b', font: { size: 13 } }, grid: { display: false } },
          y: { beginAtZero: true, ticks: { color: '#1b1b1b', precision: 0, font: { size: 13 } }, grid: { color: '#d8d8d8' } },
        },
      },
    });
    return () => chart.destroy();
  }, [bars, valueLabel]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={summary}>
        {summary}
      </canvas>
    </div>
  );
}
