import { describe, expect, it } from 'vitest';
import {
  describeAuditEvent,
  enumName,
  isSecretKey,
  mergeNames,
  namesFromEvents,
  type AuditNames,
  type AuditSentenceEvent,
  withoutSecrets,
} from './auditSentences';

const ALICE = '0190aaaa-0000-7000-8000-000000000001';
const BOB = '0190bbbb-0000-7000-8000-000000000002';
const CAROL_ADDRESS = '0190cccc-0000-7000-8000-000000000003';
const PROJECT = '3f2a1b2c-0000-7000-8000-00000000000a';
const GONE_PROJECT = '9e8d7c6b-0000-7000-8000-00000000000b';
const CONNECTION = '5c5c5c5c-0000-7000-8000-00000000000c';
const FILE = '7f7f7f7f-0000-7000-8000-00000000000d';
const BLOCK = '4b4b4b4b-0000-7000-8000-00000000000e';

const alice = { id: ALICE, kind: 'User', email: 'alice@acme.test' };
const people = [
  { id: BOB, kind: 'user', email: 'bob@acme.test' },
  { id: CAROL_ADDRESS, kind: 'address', email: 'carol@acme.test' },
];

const names: AuditNames = {
  projects: new Map([[PROJECT, 'Getting started']]),
  connections: new Map([[CONNECTION, 'Sample shop']]),
  files: new Map([[FILE, 'orders.csv']]),
};

const say = (type: string, data: object, extra: Partial<AuditSentenceEvent> = {}, lookup: AuditNames = names) =>
  describeAuditEvent({ type, actor: alice, data, people, ...extra }, lookup);

describe('describeAuditEvent', () => {
  it('reads workspace and membership events', () => {
    expect(say('WorkspaceCreated', { workspaceId: 'w1', name: 'Acme', createdBy: ALICE })).toBe(
      'alice@acme.test created the workspace “Acme”',
    );
    expect(say('InvitationIssued', { invitationId: 'i1', email: null, role: 'Viewer', addressId: CAROL_ADDRESS })).toBe(
      'alice@acme.test invited carol@acme.test as VIEWER',
    );
    expect(
      say('InvitationIssued', { email: null, role: null, projectId: PROJECT, access: 'Execute', addressId: CAROL_ADDRESS }),
    ).toBe('alice@acme.test invited carol@acme.test to “Getting started” at EXECUTE');
    expect(say('InvitationAccepted', { invitationId: 'i1', userId: BOB }, { actor: { id: BOB, kind: 'User', email: 'bob@acme.test' } })).toBe(
      'bob@acme.test accepted an invitation',
    );
    expect(say('MemberInvited', { userId: BOB, role: 'Editor', invitedBy: ALICE })).toBe(
      'bob@acme.test joined as EDITOR, invited by alice@acme.test',
    );
    expect(say('MemberInvited', { userId: BOB, role: 'Viewer', invitedBy: BOB })).toBe(
      'bob@acme.test joined as VIEWER through single sign-on',
    );
    expect(say('MemberRoleChanged', { userId: BOB, previousRole: 'Editor', role: 'Auditor', changedBy: ALICE })).toBe(
      'alice@acme.test changed the role of bob@acme.test from EDITOR to AUDITOR',
    );
    expect(say('MemberRemoved', { userId: BOB, removedBy: ALICE })).toBe('alice@acme.test removed bob@acme.test from the workspace');
    expect(say('MemberRemoved', { userId: BOB, removedBy: BOB })).toBe('bob@acme.test left the workspace');
    expect(say('ConnectionAccessGranted', { connectionId: CONNECTION, userId: BOB })).toBe(
      'alice@acme.test let bob@acme.test use the connection “Sample shop”',
    );
    expect(say('ConnectionAccessRevoked', { connectionId: CONNECTION, userId: BOB })).toBe(
      'alice@acme.test stopped bob@acme.test from using the connection “Sample shop”',
    );
  });

  it('reads project events, naming projects by their current name', () => {
    expect(say('ProjectCreated', { projectId: PROJECT, name: 'Q3 review', defaultAccess: 'None' })).toBe(
      'alice@acme.test created the project “Q3 review” (private)',
    );
    expect(say('ProjectShared', { projectId: PROJECT, userId: BOB, access: 'Edit', sharedBy: ALICE })).toBe(
      'alice@acme.test shared “Getting started” with bob@acme.test at EDIT',
    );
    expect(say('ProjectShared', { projectId: PROJECT, userId: BOB, access: 'FullAccess' })).toBe(
      'alice@acme.test shared “Getting started” with bob@acme.test at FULL_ACCESS',
    );
    expect(say('ProjectRenamed', { projectId: PROJECT, name: 'Onboarding' })).toBe(
      'alice@acme.test renamed the project “Getting started” to “Onboarding”',
    );
    expect(say('ProjectDeleted', { projectId: PROJECT })).toBe('alice@acme.test deleted the project “Getting started”');
    expect(say('SqlBlockAdded', { projectId: PROJECT, blockId: BLOCK, connectionId: CONNECTION, sql: 'select 1', position: 1 })).toBe(
      'alice@acme.test added block 2 to “Getting started” on “Sample shop”',
    );
    expect(say('SqlBlockRemoved', { projectId: PROJECT, blockId: BLOCK })).toBe(
      'alice@acme.test removed a block from “Getting started”',
    );
    expect(say('ProjectCacheUseChanged', { projectId: PROJECT, useCache: false })).toBe(
      'alice@acme.test turned the result cache off for “Getting started”',
    );
  });

  it('never prints SQL text, only where it ran and how it ended', () => {
    const sentence = say('SqlBlockUpdated', { projectId: PROJECT, blockId: BLOCK, connectionId: CONNECTION, sql: 'select secret_column' });
    expect(sentence).toBe('alice@acme.test edited a block of “Getting started” (on “Sample shop”)');
  });

  it('reads runs with their outcome, and a block number when known', () => {
    const run = { projectId: PROJECT, blockId: BLOCK, connectionId: CONNECTION, rowCount: 10, truncated: false, cacheHit: false };
    const bob = { id: BOB, kind: 'User', email: 'bob@acme.test' };
    expect(say('QueryExecuted', run, { actor: bob }, { ...names, blocks: new Map([[BLOCK, 2]]) })).toBe(
      'bob@acme.test ran block 2 of “Getting started” on “Sample shop” — SUCCEEDED, 10 rows',
    );
    expect(say('QueryExecuted', { ...run, rowCount: 1, cacheHit: true }, { actor: bob })).toBe(
      'bob@acme.test ran a block of “Getting started” on “Sample shop” — SUCCEEDED, 1 row, from the cache',
    );
    expect(say('QueryExecuted', { ...run, blockId: null, rowCount: 500, truncated: true }, { actor: bob })).toBe(
      'bob@acme.test ran SQL in “Getting started” on “Sample shop” — SUCCEEDED, 500 rows (truncated)',
    );
    expect(say('QueryFailed', { ...run, errorCode: '42P01' }, { actor: bob })).toBe(
      'bob@acme.test ran a block of “Getting started” on “Sample shop” — FAILED (42P01)',
    );
    expect(say('QueryCancelled', { ...run, reason: 'Timeout' }, { actor: bob })).toBe(
      'bob@acme.test ran a block of “Getting started” on “Sample shop” — CANCELLED (Timeout)',
    );
  });

  it('reads connection events without any credential', () => {
    expect(
      say('ConnectionCreated', {
        connectionId: CONNECTION,
        name: 'Sample shop',
        settings: { engine: 'Postgres', host: 'db.internal', port: 5432, database: 'shop', username: 'app' },
        password: { secretId: 's1', fingerprint: 'ab12' },
      }),
    ).toBe('alice@acme.test created the connection “Sample shop” (PostgreSQL, db.internal:5432/shop)');
    expect(say('ConnectionMoved', { connectionId: CONNECTION, host: 'db.example.com', port: 5432, database: 'sales', sslMode: 'VerifyFull' })).toBe(
      'alice@acme.test moved the connection “Sample shop” to db.example.com:5432/sales (TLS VERIFY_FULL)',
    );
    const updated = say('ConnectionCredentialsUpdated', {
      connectionId: CONNECTION,
      username: 'reporting',
      password: { secretId: 's2', fingerprint: 'cd34' },
    });
    expect(updated).toBe('alice@acme.test updated the shared credentials of the connection “Sample shop” (user name reporting)');
    expect(updated).not.toContain('cd34');
    expect(say('ConnectionDeleted', { connectionId: CONNECTION })).toBe('alice@acme.test deleted the connection “Sample shop”');
    expect(say('CachePolicySet', { connectionId: CONNECTION, mode: 'Ttl', ttlSeconds: 300 })).toBe(
      'alice@acme.test set the result cache of the connection “Sample shop” to keep results 300 s',
    );
    expect(say('CachePolicySet', { connectionId: CONNECTION, mode: 'Off', ttlSeconds: null })).toBe(
      'alice@acme.test set the result cache of the connection “Sample shop” to OFF',
    );
  });

  it('reads file, access, sign-in, token and export events', () => {
    expect(say('FileUploaded', { fileId: FILE, name: 'orders.csv', contentType: 'text/csv', size: 2048 })).toBe(
      'alice@acme.test uploaded the file “orders.csv” (2.0 KB)',
    );
    expect(say('FileDownloaded', { fileId: FILE })).toBe('alice@acme.test downloaded the file “orders.csv”');
    expect(say('FileDeleted', { fileId: FILE })).toBe('alice@acme.test deleted the file “orders.csv”');
    expect(say('AccessDenied', { operation: 'RunBlock', reason: 'No share', targetId: PROJECT, count: 3 })).toBe(
      'alice@acme.test was denied RunBlock on the project “Getting started” (No share) — 3 times',
    );
    expect(say('AccessDeniedSuppressed', { actorUserId: BOB, actorAddress: null, count: 12 })).toBe(
      '12 more denials of bob@acme.test were counted, not logged one by one',
    );
    expect(say('MemberSignedIn', { userId: BOB, method: 'password' })).toBe('bob@acme.test signed in (password)');
    expect(
      say('MemberSignInFailed', { userId: BOB, count: 3, lastReason: 'WrongPassword' }, { actor: { id: null, kind: 'Anonymous', email: null } }),
    ).toBe('Someone failed to sign in as bob@acme.test 3 times (last: WrongPassword)');
    expect(say('ApiTokenCreated', { tokenId: 't1', ownerId: ALICE, name: 'CI', expiresAt: '2025-01-31T00:00:00Z' })).toBe(
      'alice@acme.test created the API token “CI”, valid until 2025-01-31',
    );
    expect(say('ApiTokenRevoked', { tokenId: 'a1b2c3d4e5f6', revokedBy: ALICE })).toBe('alice@acme.test revoked API token a1b2c3d4…');
    expect(say('AuditExported', { exportId: 'x', from: null, to: null, types: ['QueryExecuted'], format: 'jsonl' })).toBe(
      'alice@acme.test exported the audit log as JSONL (1 event type)',
    );
  });

  it('marks ids it cannot name, and names erased or unknown actors plainly', () => {
    expect(say('ProjectDeleted', { projectId: GONE_PROJECT }, {}, {})).toBe('alice@acme.test deleted project 9e8d7c6b…');
    expect(say('ProjectShared', { projectId: GONE_PROJECT, userId: 'ffffeeee-0000', access: 'View' }, { people: [] }, {})).toBe(
      'alice@acme.test shared project 9e8d7c6b… with user ffffeeee… at VIEW',
    );
    expect(say('ConnectionMoved', { connectionId: CONNECTION, host: 'h', port: null, database: null }, {}, {})).toBe(
      'alice@acme.test moved connection 5c5c5c5c… to h',
    );
    expect(say('ProjectDeleted', { projectId: PROJECT }, { actor: { id: ALICE, kind: 'User', email: null }, people: [] }, { projects: names.projects })).toBe(
      'User 0190aaaa… deleted the project “Getting started”',
    );
    expect(say('ProjectDeleted', { projectId: PROJECT }, { actor: { id: null, kind: 'System', email: null } })).toBe(
      'The system deleted the project “Getting started”',
    );
    // A member's e-mail from the names lookup when the event's people do not carry it.
    expect(say('MemberRemoved', { userId: 'u9', removedBy: ALICE }, {}, { people: new Map([['u9', 'dan@acme.test']]) })).toBe(
      'alice@acme.test removed dan@acme.test from the workspace',
    );
  });

  it('falls back to "<Type> by <actor>" for a type it does not know, without printing the data', () => {
    expect(say('SomethingNew', { password: 'hunter2', token: 'abc' })).toBe('SomethingNew by alice@acme.test');
    expect(describeAuditEvent({ type: 'SomethingNew', actor: null, data: null })).toBe('SomethingNew by someone');
    expect(describeAuditEvent({ type: 'Tick', actor: { id: null, kind: 'System', email: null }, data: {} })).toBe(
      'Tick by the system',
    );
  });

  it('survives data of the wrong shape', () => {
    expect(describeAuditEvent({ type: 'ProjectShared', actor: alice, data: 'oops' })).toBe(
      'alice@acme.test shared an unknown project with an unknown user at UNKNOWN',
    );
    expect(describeAuditEvent({ type: 'WorkspaceCreated', actor: alice, data: [1, 2] })).toBe(
      'alice@acme.test created the workspace “”',
    );
  });
});

describe('secrets and helpers', () => {
  it('withholds values of password, secret and token keys at any depth, but keeps ids of such things', () => {
    expect(isSecretKey('password')).toBe(true);
    expect(isSecretKey('verificationToken')).toBe(true);
    expect(isSecretKey('apiTokenId')).toBe(false);
    expect(isSecretKey('destroyedSecretId')).toBe(false);
    expect(
      withoutSecrets({ name: 'x', password: { secretId: 's', fingerprint: 'f' }, nested: [{ clientSecret: 'c', tokenId: 't' }] }),
    ).toEqual({ name: 'x', password: '[withheld]', nested: [{ clientSecret: '[withheld]', tokenId: 't' }] });
  });

  it('spells enums as the schema does', () => {
    expect(enumName('FullAccess')).toBe('FULL_ACCESS');
    expect(enumName('VIEWER')).toBe('VIEWER');
    expect(enumName(undefined)).toBe('UNKNOWN');
  });

  it('remembers names from creations and renames (newest first wins), current names first', () => {
    const remembered = namesFromEvents([
      { type: 'ProjectRenamed', data: { projectId: GONE_PROJECT, name: 'Newest' } },
      { type: 'ProjectCreated', data: { projectId: GONE_PROJECT, name: 'Oldest' } },
      { type: 'ConnectionCreated', data: { connectionId: CONNECTION, name: 'Old shop' } },
      { type: 'FileUploaded', data: { fileId: FILE, name: 'a.csv' } },
      { type: 'ApiTokenCreated', data: { tokenId: 't1', name: 'CI' } },
    ]);
    expect(remembered.projects.get(GONE_PROJECT)).toBe('Newest');
    expect(remembered.files.get(FILE)).toBe('a.csv');
    expect(remembered.tokens.get('t1')).toBe('CI');
    expect(mergeNames(names.connections, remembered.connections).get(CONNECTION)).toBe('Sample shop');
  });
});
