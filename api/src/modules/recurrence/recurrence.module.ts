import { Module } from '@nestjs/common';
import { RecurrenceController } from './recurrence.controller';
import { RecurrencePreviewService } from './recurrence-preview.service';

@Module({ controllers: [RecurrenceController], providers: [RecurrencePreviewService] })
export class RecurrenceModule {}
