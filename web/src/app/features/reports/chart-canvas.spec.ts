import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ChartConfiguration } from 'chart.js';
import { settle } from '../../../testing/dom-testing';
import { CHART_RENDERER, ChartCanvas } from './chart-canvas';

const bars = (data: number[]): ChartConfiguration => ({ type: 'bar', data: { labels: ['A', 'B'], datasets: [{ data }] } });

@Component({
  imports: [ChartCanvas],
  template: `<app-chart-canvas [config]="config()" label="Deux barres : A 1 $, B 2 $" />`,
})
class Host {
  readonly config = signal(bars([1, 2]));
}

describe('ChartCanvas', () => {
  it('draws on a canvas named for screen readers, and redraws when the figures change', async () => {
    const drawn: Array<{ data: unknown; destroyed: boolean }> = [];
    TestBed.configureTestingModule({
      providers: [
        {
          provide: CHART_RENDERER,
          useValue: (_canvas: HTMLCanvasElement, config: ChartConfiguration) => {
            const chart = { data: config.data.datasets[0].data, destroyed: false };
            drawn.push(chart);
            return { destroy: () => (chart.destroyed = true) };
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(Host);
    await settle(fixture);

    const canvas = (fixture.nativeElement as HTMLElement).querySelector('canvas')!;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe('Deux barres : A 1 $, B 2 $');
    expect(drawn).toEqual([{ data: [1, 2], destroyed: false }]);

    fixture.componentInstance.config.set(bars([3, 4]));
    await settle(fixture);
    expect(drawn).toEqual([
      { data: [1, 2], destroyed: true },
      { data: [3, 4], destroyed: false },
    ]);

    fixture.destroy();
    expect(drawn[1].destroyed).toBe(true);
  });
});
