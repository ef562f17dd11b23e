import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockServer, type Operation, render } from '../test-utils';
import { DomainsPage } from './Domains';

const pending = (domain: string) => ({
  domain, status: 'PENDING', txtRecordName: `_deepnote.${domain}`, txtRecordValue: `deepnote-verification=tok-${domain}`,
  claimedAt: '2026-11-20T10:00:00Z', verifiedAt: null,
});
const verified = { ...pending('acme.com'), status: 'VERIFIED', verifiedAt: '2026-11-21T10:00:00Z' };

function server(answer: (op: Operation) => unknown) {
  return mockServer((op) => (op.query.includes('Domain(')
    ? answer(op)
    : { data: { workspace: { id: 'w1', name: 'Research', domains: [verified, pending('corp.example')] } } }));
}

describe('DomainsPage', () => {
  it('lists the domains with their status and the TXT record to add for a pending one', async () => {
    const { calls } = server(() => ({}));
    render(<DomainsPage workspaceId="w1" />);

    const [acme, corp] = await screen.findAllByTestId('domain-row');
    const [{ query }] = calls('domains {');
    expect(query).toContain('domains { ...DomainFields }');
    expect(query).toContain('fragment DomainFields on WorkspaceDomain { domain status txtRecordName txtRecordValue claimedAt verifiedAt }');
    expect(within(acme).getByTestId('domain-status').textContent).toBe('VERIFIED');
    expect(within(acme).queryByTestId('txt-record')).toBeNull();
    expect(within(acme).queryByRole('button', { name: 'Verify now' })).toBeNull();
    expect(within(corp).getByTestId('domain-status').textContent).toBe('PENDING');
    const record = within(corp).getByTestId('txt-record');
    expect(record.textContent).toContain(
      'Add this TXT record at your DNS provider (at _deepnote.corp.example or at corp.example itself), then verify.',
    );
    expect([...record.querySelectorAll('code')].map((c) => c.textContent)).toEqual([
      '_deepnote.corp.example', 'deepnote-verification=tok-corp.example',
    ]);
  });

  it('copies the TXT value', async () => {
    server(() => ({}));
    const writeText = vi.fn(async () => {});
    render(<DomainsPage workspaceId="w1" />);
    const corp = (await screen.findAllByTestId('domain-row'))[1];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await userEvent.click(within(corp).getByRole('button', { name: 'Copy value' }));

    expect(writeText).toHaveBeenCalledWith('deepnote-verification=tok-corp.example');
    expect(await within(corp).findByText('Copied')).toBeTruthy();
  });

  it('claims a domain and shows its record', async () => {
    const { calls } = server(() => ({ data: { claimDomain: { domain: pending('new.example') } } }));
    render(<DomainsPage workspaceId="w1" />);

    await userEvent.type(await screen.findByLabelText('Domain'), ' new.example ');
    await userEvent.click(screen.getByRole('button', { name: 'Claim domain' }));

    expect(calls('claimDomain(')[0].variables).toEqual({ input: { workspaceId: 'w1', domain: 'new.example' } });
    const rows = await screen.findAllByTestId('domain-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[2]).getByTestId('txt-record').textContent).toContain('deepnote-verification=tok-new.example');
  });

  it('verifies a pending domain', async () => {
    const { calls } = server(() => ({ data: { verifyDomain: { domain: { ...pending('corp.example'), status: 'VERIFIED', verifiedAt: '2026-11-22T10:00:00Z' } } } }));
    render(<DomainsPage workspaceId="w1" />);

    const corp = (await screen.findAllByTestId('domain-row'))[1];
    await userEvent.click(within(corp).getByRole('button', { name: 'Verify now' }));

    expect(calls('verifyDomain(')[0].variables).toEqual({ input: { workspaceId: 'w1', domain: 'corp.example' } });
    expect(await within(corp).findByText('VERIFIED')).toBeTruthy();
    expect(within(corp).queryByTestId('txt-record')).toBeNull();
  });

  it('says why verification failed when the record is not found yet, and keeps the record', async () => {
    server(() => gqlError('VALIDATION_FAILED', 'The input is not valid.', [
      { field: 'domain', message: 'No TXT record deepnote-verification=… found at _deepnote.corp.example yet.' },
    ]));
    render(<DomainsPage workspaceId="w1" />);

    const corp = (await screen.findAllByTestId('domain-row'))[1];
    await userEvent.click(within(corp).getByRole('button', { name: 'Verify now' }));

    expect((await within(corp).findByRole('alert')).textContent).toContain('found at _deepnote.corp.example yet');
    expect(within(corp).getByTestId('domain-status').textContent).toBe('PENDING');
    expect(within(corp).getByTestId('txt-record')).toBeTruthy();
  });

  it('releases a domain after confirmation', async () => {
    const { calls } = server(() => ({ data: { releaseDomain: { releasedDomain: 'acme.com' } } }));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<DomainsPage workspaceId="w1" />);

    const acme = (await screen.findAllByTestId('domain-row'))[0];
    await userEvent.click(within(acme).getByRole('button', { name: 'Release' }));

    expect(calls('releaseDomain(')[0].variables).toEqual({ input: { workspaceId: 'w1', domain: 'acme.com' } });
    expect(screen.getAllByTestId('domain-row').map((r) => r.querySelector('strong')?.textContent)).toEqual(['corp.example']);
  });
});
