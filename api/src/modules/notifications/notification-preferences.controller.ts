import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { NotificationPreferences } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { NotificationPreferencesDto } from './notifications.dto';
import { NotificationPreferencesService } from './notification-preferences.service';

@ApiTags('notifications')
@Controller('notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  get(@CurrentActor() actor: Actor): Promise<NotificationPreferences> {
    return this.preferences.get(actor.user);
  }

  @Put()
  save(@CurrentActor() actor: Actor, @Body() body: NotificationPreferencesDto): Promise<NotificationPreferences> {
    return this.preferences.save(actor, body);
  }
}
