import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import type { NetworkView, OrganisationView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../../core/feedback/notice';
import { InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { NameDialog, NameDialogData } from '../name-dialog';
import { NetworksApi } from './networks-api';

/** One network: its settings, its organisations and its coordinators; read-only unless the user coordinates it. */
@Component({
  selector: 'app-network-card',
  imports: [
    InlineErrorMessage,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './network-card.html',
  styleUrl: './network-card.scss',
})
export class NetworkCard {
  private readonly api = inject(NetworksApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  readonly network = input.required<NetworkView>();
  readonly organisations = input.required<OrganisationView[]>();
  readonly networkChange = output<NetworkView>();
  readonly organisationAdded = output<OrganisationView>();

  protected readonly organisationForm = this.formBuilder.group({ name: ['', [Validators.required, Validators.maxLength(200)]] });
  protected readonly coordinatorForm = this.formBuilder.group({ email: ['', [Validators.required, Validators.email]] });
  protected readonly organisationError = signal<InlineError | null>(null);
  protected readonly coordinatorError = signal<InlineError | null>(null);
  protected readonly busy = signal(false);

  protected async rename(): Promise<void> {
    const network = this.network();
    const ref = this.dialog.open<NameDialog, NameDialogData, string>(NameDialog, {
      data: { titleKey: 'admin.networks.renameTitle', name: network.name },
    });
    const name = await firstValueFrom(ref.afterClosed());
    if (!name || name === network.name) return;
    await this.update({ name }, 'admin.networks.renamed');
  }

  protected async toggleOrganisationNames(change: MatSlideToggleChange): Promise<void> {
    const saved = await this.update({ showOrganisationNames: change.checked }, 'admin.networks.privacySaved');
    // Put the toggle back when the change was refused.
    if (!saved) change.source.checked = this.network().showOrganisationNames;
  }

  protected async addOrganisation(formDirective: FormGroupDirective): Promise<void> {
    const name = this.organisationForm.getRawValue().name.trim();
    if (this.organisationForm.invalid || !name || this.busy()) {
      this.organisationForm.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.organisationError.set(null);
    try {
      const organisation = await firstValueFrom(this.api.addOrganisation(this.network().id, name));
      this.organisationAdded.emit(organisation);
      formDirective.resetForm();
      this.notice.show('admin.networks.organisationAdded', { name: organisation.name });
    } catch (error) {
      this.organisationError.set(inlineErrorOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async addCoordinator(formDirective: FormGroupDirective): Promise<void> {
    const email = this.coordinatorForm.getRawValue().email.trim();
    if (this.coordinatorForm.invalid || this.busy()) {
      this.coordinatorForm.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.coordinatorError.set(null);
    try {
      await firstValueFrom(this.api.addCoordinator(this.network().id, email));
      formDirective.resetForm();
      this.notice.show('admin.networks.coordinatorAdded', { email });
    } catch (error) {
      this.coordinatorError.set(inlineErrorOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async update(request: { name?: string; showOrganisationNames?: boolean }, noticeKey: string): Promise<boolean> {
    try {
      const updated = await firstValueFrom(this.api.update(this.network().id, request));
      this.networkChange.emit(updated);
      this.notice.show(noticeKey, { name: updated.name });
      return true;
    } catch {
      return false; // the error snack bar explained it
    }
  }
}
