import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Session } from './core/auth/session';
import { PublicFrame } from './core/shell/public-frame';
import { Shell } from './core/shell/shell';

/**
 * Signed-out visitors get the light public frame; the Shell (navigation, drawer, menus, bell) is
 * fetched only once someone is signed in, which keeps it out of the login page's JavaScript.
 */
@Component({
  selector: 'app-root',
  imports: [PublicFrame, Shell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (signedIn()) {
      @defer {
        <app-shell />
      } @placeholder {
        <div class="shell-loading"></div>
      }
    } @else {
      <app-public-frame />
    }
  `,
})
export class App {
  protected readonly signedIn = inject(Session).signedIn;
}
