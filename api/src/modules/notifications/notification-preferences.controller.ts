import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NotificationPreferences } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { NotificationPreferencesDto } from './notifications.dto';
import { NotificationPreferencesService } from './notification-preferences.service';

@ApiTags('notifications')
@Controller('notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @ApiOperation({ summary: 'My notification preferences' })
  @Get()
  get(@CurrentActor() actor: Actor): Promise<NotificationPreferences> {
    return this.preferences.get(actor.user);
  }

  @ApiOperation({ summary: 'Change my notification preferences' })
  @Put()
  save(@CurrentActor() actor: Actor, @Body() body: NotificationPreferencesDto): Promise<NotificationPreferences> {
    return this.preferences.save(actor, body);
  }
}
