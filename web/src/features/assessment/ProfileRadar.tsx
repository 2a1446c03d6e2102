/**
 * The profile's radar chart. Loaded on demand (React.lazy in ProfilePage), so ECharts weighs only
 * on this page; only the radar, its coordinate system, the legend and the SVG renderer are
 * included. The SVG renderer sets styles through the DOM (element.style), never as markup, so it
 * runs under the app's CSP (style-src 'self').
 */
import { RadarChart, type RadarSeriesOption } from 'echarts/charts';
import { LegendComponent, type LegendComponentOption, RadarComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';

use([RadarChart, RadarComponent, LegendComponent, SVGRenderer]);

type Option = ComposeOption<RadarSeriesOption | LegendComponentOption>;

export interface RadarAxis {
  /** The number the table shows beside the dimension, and the name. */
  number: number;
  name: string;
  score: number | null;
  previous: number | null;
}

interface Props {
  axes: RadarAxis[];
  currentName: string;
  previousName: string | null;
  /** Summary read by screen readers; the chart itself is decorative beside the table. */
  label: string;
}

const CURRENT = '#1a6eaf';
const PREVIOUS = '#545454';
const TEXT = '#1a1a1a';
const FONT = '"IBM Plex Sans", system-ui, sans-serif';
/** Below this width the axes carry the dimension's number instead of its name. */
const NARROW = 480;

/** Breaks a name into lines of about `width` characters, at spaces. */
function wrap(name: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function option(props: Props, narrow: boolean): Option {
  const { axes, currentName, previousName } = props;
  const value = (v: number | null) => (v === null ? '-' : Math.round(v));
  const series: RadarSeriesOption['data'] = [
    {
      name: currentName,
      value: axes.map((a) => value(a.score)),
      symbolSize: 6,
      lineStyle: { color: CURRENT, width: 3 },
      itemStyle: { color: CURRENT },
      areaStyle: { color: CURRENT, opacity: 0.15 },
    },
  ];
  if (previousName !== null)
    series.push({
      name: previousName,
      value: axes.map((a) => value(a.previous)),
      symbol: 'none',
      lineStyle: { color: PREVIOUS, width: 2, type: 'dashed' },
      itemStyle: { color: PREVIOUS },
    });
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: TEXT },
    legend:
      previousName === null
        ? { show: false }
        : {
            bottom: 0,
            selectedMode: false,
            textStyle: { fontSize: 13, color: TEXT },
            data: [
              { name: currentName, icon: 'roundRect' },
              // Three dashes, as the previous round's line is drawn.
              { name: previousName, icon: 'path://M0 5h6v3H0zM9 5h6v3H9zM18 5h6v3h-6z' },
            ],
          },
    radar: {
      indicator: axes.map((a) => ({
        name: narrow ? String(a.number) : wrap(`${a.number}. ${a.name}`, 16),
        min: 0,
        max: 100,
      })),
      radius: narrow ? '72%' : '56%',
      center: ['50%', previousName === null ? '50%' : '47%'],
      splitNumber: 4,
      axisName: { color: TEXT, fontSize: 13, lineHeight: 16, fontWeight: narrow ? 600 : 400 },
      splitLine: { lineStyle: { color: '#bfbfbf' } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: '#bfbfbf' } },
    },
    series: [{ type: 'radar', data: series }],
  };
}

export default function ProfileRadar(props: Props) {
  const { label } = props;
  const box = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState<boolean | null>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  // One chart per mount; it follows the box's size.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      setNarrow(el.clientWidth < NARROW);
      instance.resize();
    });
    observer.observe(el);
    setNarrow(el.clientWidth < NARROW);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // Drawn again only when what it shows changes (or the width crosses NARROW).
  const drawn = JSON.stringify(props);
  useEffect(() => {
    if (narrow === null) return;
    chart.current?.setOption(option(JSON.parse(drawn) as Props, narrow), { notMerge: true });
  }, [drawn, narrow]);

  return (
    <div className="aktion-radar" role="img" aria-label={label}>
      <div className="aktion-radar-canvas" ref={box} />
    </div>
  );
}
