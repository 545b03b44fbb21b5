import { Injectable } from '@nestjs/common';
import type { BookingSeriesView, BundlePartRef, CreateBookingRequest } from '@mutualis/contracts';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy } from '../access/access-policy';
import type { Actor } from '../access/authenticated-user';
import { BookingRepository } from './booking.repository';
import { naming } from './bundle-part';
import { BookingsService, type PreparedBooking } from './bookings.service';

/**
 * A room booking with equipment (« Salle du conseil » with the projector), all or nothing: the room and every
 * item are prepared, then vetted and written in one transaction; the first refusal undoes everything and names
 * its part (`details.part`). The items take the room's times, rule and exceptions; changes and cancellations of
 * the room carry them along (`BookingChangesService`), a declined room releases them and an accepted proposal
 * moves them (`BookingDecisionsService`).
 */
@Injectable()
export class BookingBundles {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly bookingsService: BookingsService,
  ) {}

  async create(actor: Actor, request: CreateBookingRequest): Promise<BookingSeriesView> {
    const items = request.equipment ?? [];
    const manager = this.bookings.manager;
    const room = await this.bookingsService.prepare(manager, actor, request, false);
    const roomPart: BundlePartRef = { kind: 'room', resourceId: room.resource.id, resourceName: room.resource.name };
    if (room.pooled || room.resource.type !== 'space') {
      throw new DomainError('VALIDATION_FAILED', 'Equipment is added to a room booking.', {
        fields: [{ field: 'equipment', messages: ['equipment may only be added to the booking of a room'] }],
      });
    }
    if (request.skipConflicts === true) {
      throw new DomainError('VALIDATION_FAILED', 'A room booking with equipment is all or nothing: it skips no occurrence.', {
        fields: [{ field: 'skipConflicts', messages: ['skipConflicts cannot be used with equipment'] }],
      });
    }
    const parts: Array<{ ref: BundlePartRef; request: CreateBookingRequest; prepared: PreparedBooking }> = [];
    for (const [index, item] of items.entries()) {
      // The room's times, rule and exceptions, in the room's zone; the organisation and the privacy of the room.
      const partRequest: CreateBookingRequest = {
        resourceId: item.resourceId,
        organisationId: room.organisationId,
        title: request.title,
        start: room.definition.start,
        timeZone: room.definition.timeZone,
        durationMinutes: room.definition.durationMinutes,
        ...(room.definition.rrule ? { rrule: room.definition.rrule } : {}),
        exdates: room.definition.exdates ?? [],
        ...(room.definition.skipHolidays ? { skipHolidays: room.definition.skipHolidays } : {}),
        private: request.private ?? false,
        quantity: item.quantity ?? 1,
      };
      const ref: BundlePartRef = { kind: 'equipment', index, resourceId: item.resourceId, resourceName: '' };
      const prepared = await this.bookingsService.prepare(manager, actor, partRequest, false).catch(async (error: unknown) => {
        // Refused before its name was read (not bookable by this organisation…): named if the caller may see it.
        const found = await this.bookings.bookableResource(manager, item.resourceId);
        if (found && AccessPolicy.canSeeNetwork(actor.user, found.networkId)) ref.resourceName = found.name;
        return naming(ref, () => Promise.reject(error));
      });
      ref.resourceName = prepared.resource.name;
      if (!prepared.pooled || prepared.resource.type === 'storage') {
        throw new DomainError('VALIDATION_FAILED', 'Only equipment and vehicles ride with a room booking.', {
          part: ref,
          fields: [{ field: `equipment[${index}].resourceId`, messages: ['must be equipment or a vehicle'] }],
        });
      }
      parts.push({ ref, request: partRequest, prepared });
    }

    let writing: { ref: BundlePartRef; prepared: PreparedBooking } = { ref: roomPart, prepared: room };
    const roomSeriesId = await this.bookings
      .transaction(async (tx) => {
        writing = { ref: roomPart, prepared: room };
        const { seriesId } = await naming(roomPart, () => this.bookingsService.write(tx, actor, request, room));
        for (const part of parts) {
          writing = part;
          await naming(part.ref, () =>
            this.bookingsService.write(tx, actor, part.request, part.prepared, { bundleOf: seriesId }),
          );
        }
        return seriesId;
      })
      .catch((error: unknown) => naming(writing.ref, () => this.bookingsService.raceToRefusal(error, actor, writing.prepared)));
    return this.bookingsService.get(actor.user, roomSeriesId);
  }
}
