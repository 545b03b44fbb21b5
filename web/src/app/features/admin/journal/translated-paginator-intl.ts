import { DestroyRef, inject, Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** The paginator's labels in the active language, updated on a language switch. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    const subscription = this.transloco.langChanges$.subscribe(() => this.translate());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) return this.transloco.translate('paginator.empty');
    const first = page * pageSize + 1;
    const last = Math.min(length, (page + 1) * pageSize);
    return this.transloco.translate('paginator.range', { first, last, length });
  };

  private translate(): void {
    this.itemsPerPageLabel = this.transloco.translate('paginator.itemsPerPage');
    this.nextPageLabel = this.transloco.translate('paginator.next');
    this.previousPageLabel = this.transloco.translate('paginator.previous');
    this.firstPageLabel = this.transloco.translate('paginator.first');
    this.lastPageLabel = this.transloco.translate('paginator.last');
    this.changes.next();
  }
}
