import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  InjectionToken,
  input,
  viewChild,
} from '@angular/core';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

/** A drawn chart the wrapper can replace. */
export interface DrawnChart {
  destroy(): void;
}

/** Draws a chart on a canvas. A token so specs (jsdom has no canvas) can record what would be drawn. */
export type ChartRenderer = (canvas: HTMLCanvasElement, config: ChartConfiguration) => DrawnChart;

let registered = false;

/** Chart.js with only what the reports draw: stacked bars and a donut, with legend and tooltips. */
export const drawWithChartJs: ChartRenderer = (canvas, config) => {
  if (!registered) {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);
    registered = true;
  }
  return new Chart(canvas, config);
};

export const CHART_RENDERER = new InjectionToken<ChartRenderer>('CHART_RENDERER', {
  providedIn: 'root',
  factory: () => drawWithChartJs,
});

/**
 * A chart.js canvas. Charts are pictures: the canvas is `role="img"` named by `label` (a sentence
 * summarising the figures), and the page's tables stay the accessible source of the numbers.
 */
@Component({
  selector: 'app-chart-canvas',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart-box">
      <canvas #canvas role="img" [attr.aria-label]="label()">{{ label() }}</canvas>
    </div>
  `,
  styles: `
    .chart-box {
      position: relative;
      height: var(--chart-height, 18rem);
    }
  `,
})
export class ChartCanvas {
  private readonly render = inject(CHART_RENDERER);
  readonly config = input.required<ChartConfiguration>();
  readonly label = input.required<string>();
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  constructor() {
    // Redrawn whenever the figures (or the language of the labels) change.
    afterRenderEffect((onCleanup) => {
      const chart = this.render(this.canvas().nativeElement, this.config());
      onCleanup(() => chart.destroy());
    });
  }
}
