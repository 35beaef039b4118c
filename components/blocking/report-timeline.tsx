import { timelineWeeks } from '@/lib/reports/blocking-rows';

interface ReportTimelineProps {
  /** Reports per week, oldest first, `timelineWeeks` of them. */
  weekly: readonly number[];
  /** What the bars say, for those who do not see them (the SVG's title). */
  description: string;
  id: string;
}

const barWidth = 3;
const gap = 1;
const height = 24;

/**
 * A year of reports as one bar per week, drawn on the server: plain SVG, no script, colours from
 * the page's CSS (currentColor), and a title that says in words what the bars show.
 */
export function ReportTimeline({ weekly, description, id }: ReportTimelineProps) {
  const most = Math.max(1, ...weekly);
  const width = timelineWeeks * (barWidth + gap);
  return (
    <svg className="timeline" role="img" aria-labelledby={id} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title id={id}>{description}</title>
      <line x1={0} y1={height - 0.5} x2={width} y2={height - 0.5} className="timeline-axis" />
      {weekly.map((count, index) => {
        if (count === 0) return null;
        // A week with one report stays visible next to a week with fifty.
        const bar = Math.max(3, Math.round((count / most) * (height - 2)));
        return <rect key={index} x={index * (barWidth + gap)} y={height - 1 - bar} width={barWidth} height={bar} />;
      })}
    </svg>
  );
}
