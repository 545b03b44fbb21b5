import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { DirectoryService } from './directory.service';
import { SetTemporaryPasswordDto } from './dto/directory.dto';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly directory: DirectoryService) {}

  @ApiOperation({ summary: 'Deactivate an account' })
  @Post(':userId/deactivate')
  @HttpCode(204)
  deactivate(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.directory.setActive(actor, userId, false);
  }

  @ApiOperation({ summary: 'Reactivate an account' })
  @Post(':userId/reactivate')
  @HttpCode(204)
  reactivate(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.directory.setActive(actor, userId, true);
  }

  @ApiOperation({ summary: 'Set a temporary password' })
  @Post(':userId/temporary-password')
  @HttpCode(204)
  setTemporaryPassword(
    @CurrentActor() actor: Actor,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: SetTemporaryPasswordDto,
  ): Promise<void> {
    return this.directory.setTemporaryPassword(actor, userId, body.password);
  }
}
