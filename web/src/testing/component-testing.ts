import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, ModuleWithProviders, Provider, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { MeResponse } from '@mutualis/contracts';
import { settle } from './dom-testing';
import { signInAs } from './session-testing';
import { translocoTesting } from './transloco-testing';

export interface RenderedComponent<T> {
  fixture: ComponentFixture<T>;
  /** The component's element, where the specs look for what a person sees. */
  root: HTMLElement;
  /** The HTTP testing backend: the specs answer the component's requests. */
  backend: HttpTestingController;
}

/**
 * The set-up every component spec repeats, once: a fresh local storage, the component with the app's
 * translations (French) and an HTTP testing backend, signed in as `me` if given, its inputs set, then
 * rendered and settled. Requests it sends at start are left for the spec to answer.
 */
export async function renderComponent<T>(
  component: Type<T>,
  options: {
    me?: MeResponse;
    inputs?: Record<string, unknown>;
    providers?: Array<Provider | EnvironmentProviders>;
    /** A feature's translations instead of the app's alone. */
    translations?: ModuleWithProviders<unknown>;
  } = {},
): Promise<RenderedComponent<T>> {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [component, options.translations ?? translocoTesting()],
    providers: [provideHttpClient(), provideHttpClientTesting(), ...(options.providers ?? [])],
  });
  if (options.me) signInAs(options.me);
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(options.inputs ?? {})) fixture.componentRef.setInput(name, value);
  await settle(fixture);
  return { fixture, root: fixture.nativeElement as HTMLElement, backend };
}
