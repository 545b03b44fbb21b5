import { Routes } from '@angular/router';
import { AccountLayout } from './account-layout';
import { CalendarFeedsPage } from './calendar-feeds-page';
import { NotificationPreferencesPage } from './notification-preferences-page';
import { PasswordPage } from './password-page';
import { ProfilePage } from './profile-page';
import { TokensPage } from './tokens-page';

export const accountRoutes: Routes = [
  {
    path: '',
    component: AccountLayout,
    children: [
      { path: '', title: 'account.profile.title', component: ProfilePage },
      { path: 'password', title: 'account.password.title', component: PasswordPage },
      { path: 'tokens', title: 'account.tokens.title', component: TokensPage },
      { path: 'notifications', title: 'account.notifications.title', component: NotificationPreferencesPage },
      { path: 'calendars', title: 'account.feeds.title', component: CalendarFeedsPage },
    ],
  },
];
