import { actionLabelOf, entityLabelKey } from './audit-labels';

describe('audit labels', () => {
  it('reads a booking change as its verb and its scope', () => {
    expect(actionLabelOf('update:one')).toEqual({ key: 'admin.journal.actions.update', scopeKey: 'admin.journal.scopes.one' });
    expect(actionLabelOf('cancel:all')).toEqual({ key: 'admin.journal.actions.cancel', scopeKey: 'admin.journal.scopes.all' });
    expect(actionLabelOf('create')).toEqual({ key: 'admin.journal.actions.create', scopeKey: null });
    expect(actionLabelOf('cancel:bundle')).toEqual({
      key: 'admin.journal.actions.cancel',
      scopeKey: 'admin.journal.scopes.bundle',
    });
  });

  it('names what the board, the loan desk and the logic model record', () => {
    expect(actionLabelOf('photo-add')).toEqual({ key: 'admin.journal.actions.photoAdd', scopeKey: null });
    expect(actionLabelOf('checkout')).toEqual({ key: 'admin.journal.actions.checkout', scopeKey: null });
    expect(entityLabelKey('board_post')).toBe('admin.journal.entities.boardPost');
    expect(entityLabelKey('impact_indicator_target')).toBe('admin.journal.entities.impactIndicatorTarget');
  });

  it('knows nothing of codes this version of the app does not know', () => {
    expect(actionLabelOf('teleport')).toBeNull();
    expect(actionLabelOf('cancel:sometimes')).toBeNull();
    expect(entityLabelKey('spaceship')).toBeNull();
    expect(entityLabelKey('timesheet_week')).toBe('admin.journal.entities.timesheetWeek');
  });
});
