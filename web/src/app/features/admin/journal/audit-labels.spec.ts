import { actionLabelOf, entityLabelKey } from './audit-labels';

describe('audit labels', () => {
  it('reads a booking change as its verb and its scope', () => {
    expect(actionLabelOf('update:one')).toEqual({ key: 'admin.journal.actions.update', scopeKey: 'admin.journal.scopes.one' });
    expect(actionLabelOf('cancel:all')).toEqual({ key: 'admin.journal.actions.cancel', scopeKey: 'admin.journal.scopes.all' });
    expect(actionLabelOf('create')).toEqual({ key: 'admin.journal.actions.create', scopeKey: null });
  });

  it('knows nothing of codes this version of the app does not know', () => {
    expect(actionLabelOf('teleport')).toBeNull();
    expect(actionLabelOf('cancel:sometimes')).toBeNull();
    expect(entityLabelKey('spaceship')).toBeNull();
    expect(entityLabelKey('timesheet_week')).toBe('admin.journal.entities.timesheetWeek');
  });
});
