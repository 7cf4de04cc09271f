// Where an application can go from where it stands, and each state in words: the dashboard offers the
// likely next steps as one tap each (any state stays reachable), and the digest's "Not for me" is
// `discarded`. Pure.

import { APPLICATION_STATUSES, type ApplicationStatus } from '../db/enums.js';

export const STATUS_WORDS: Readonly<Record<ApplicationStatus, string>> = {
  want_to_apply: 'Want to apply',
  pending_application: 'Applying',
  applied: 'Applied',
  interview_scheduled: 'Interview',
  technical_assessment: 'Assessment',
  rejected: 'Rejected',
  offer_received: 'Offer',
  offer_accepted: 'Accepted',
  offer_declined: 'Declined',
  stale: 'Stale',
  discarded: 'Not for me',
};

const NEXT: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  want_to_apply: ['applied', 'pending_application', 'discarded'],
  pending_application: ['applied', 'discarded'],
  applied: ['interview_scheduled', 'technical_assessment', 'rejected'],
  interview_scheduled: ['technical_assessment', 'offer_received', 'rejected'],
  technical_assessment: ['interview_scheduled', 'offer_received', 'rejected'],
  offer_received: ['offer_accepted', 'offer_declined'],
  offer_accepted: [],
  offer_declined: [],
  rejected: ['want_to_apply'],
  stale: ['want_to_apply', 'discarded'],
  discarded: ['want_to_apply'],
};

/** The usual next states from `status`, most likely first. */
export const nextStatuses = (status: ApplicationStatus): readonly ApplicationStatus[] => NEXT[status];

export const isApplicationStatus = (value: unknown): value is ApplicationStatus =>
  typeof value === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(value);
