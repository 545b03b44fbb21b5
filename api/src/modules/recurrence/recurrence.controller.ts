import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RecurrencePreviewResponse } from '@mutualis/contracts';
import { RecurrencePreviewDto } from './recurrence-preview.dto';
import { RecurrencePreviewService } from './recurrence-preview.service';

@ApiTags('recurrence')
@Controller('recurrence')
export class RecurrenceController {
  constructor(private readonly previews: RecurrencePreviewService) {}

  @Post('preview')
  @HttpCode(200)
  preview(@Body() body: RecurrencePreviewDto): RecurrencePreviewResponse {
    return this.previews.preview(body);
  }
}
