import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RecurrencePreviewResponse } from '@mutualis/contracts';
import { RecurrencePreviewDto } from './recurrence-preview.dto';
import { RecurrencePreviewService } from './recurrence-preview.service';

@ApiTags('recurrence')
@Controller('recurrence')
export class RecurrenceController {
  constructor(private readonly previews: RecurrencePreviewService) {}

  @ApiOperation({ summary: 'Preview the occurrences of a recurrence rule' })
  @Post('preview')
  @HttpCode(200)
  preview(@Body() body: RecurrencePreviewDto): RecurrencePreviewResponse {
    return this.previews.preview(body);
  }
}
