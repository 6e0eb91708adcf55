// @vitest-environment happy-dom
// The dot-vote panel of a step: starting a round, choosing who votes, votes left, results ranked, closing, clearing.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { VotePanel } from '../../renderer/features/canvas/votes/VotePanel';
import { useVoting } from '../../renderer/features/canvas/votes/useVoting';
import { must } from '../helpers/host';
import { draw, tidy, withWorkshop, type TestHost } from './render';

let host: TestHost | null = null;
afterEach(() => tidy(host));

/** The panel beside the step's cards, each with the vote button the canvas gives it. */
function Board({ cards }: { cards: { id: string; title: string }[] }) {
  const voting = useVoting('objectives', 'en');
  return (
    <>
      {cards.map((c) => (
        <button key={c.id} type="button" onClick={() => void voting.vote(c.id)}>
          {`Vote for ${c.title}`}
        </button>
      ))}
      <VotePanel step="objectives" voting={voting} onPick={() => {}} />
    </>
  );
}

async function setup({ participants = ['Alice', 'Bruno'] } = {}) {
  const w = await withWorkshop();
  host = w.host;
  const cards = [];
  for (const title of ['Leads', 'Awareness']) {
    const created = await must(w.host, 'card.create', { workshopId: w.workshopId, card: { step: 'objectives', kind: 'objective', title } });
    cards.push({ id: created.value.id, title });
  }
  for (const name of participants) await must(w.host, 'participant.create', { workshopId: w.workshopId, participant: { name } });
  await w.services.workshop.getState().load(w.workshopId);
  draw(<Board cards={cards} />, w.services);
  const stored = () => must(w.host, 'workshop.get', { workshopId: w.workshopId });
  return { ...w, cards, stored, user: userEvent.setup() };
}

describe('VotePanel', () => {
  it('asks for participants first when there are none, and says no vote was held yet', async () => {
    await setup({ participants: [] });
    expect(screen.getByText('Add the participants first: each one gets votes.')).toBeTruthy();
    expect(screen.getByText('No vote on this step yet.')).toBeTruthy();
  });

  it('starts a round with the votes per person chosen, then counts down the chosen voter’s votes', async () => {
    const { user, stored, services } = await setup();
    const perPerson = screen.getByTestId('vote-per-person');
    await user.clear(perPerson);
    await user.type(perPerson, '2');
    await user.click(screen.getByRole('button', { name: 'Start the vote' }));
    await screen.findByText('Vote in progress');
    const round = (await stored()).voteRounds[0]!;
    expect(round).toMatchObject({ step: 'objectives', votesPerParticipant: 2, anonymous: false, status: 'open' });

    // No voter chosen: the vote is refused with a reason, and nothing is stored.
    await user.click(screen.getByRole('button', { name: 'Vote for Leads' }));
    expect((await stored()).votes).toHaveLength(0);
    expect(services.notices.getState().toasts.map((t) => t.message)).toContain('Choose who votes first.');

    await user.selectOptions(screen.getByTestId('vote-voter'), 'Alice');
    expect(screen.getByTestId('vote-left').textContent).toBe('2 votes left');
    await user.click(screen.getByRole('button', { name: 'Vote for Leads' }));
    await waitFor(() => expect(screen.getByTestId('vote-left').textContent).toBe('1 vote left'));
    expect((await stored()).votes).toHaveLength(1);
  });

  it('ranks the cards by votes, and keeps the results once the round is closed', async () => {
    const { user, stored } = await setup();
    await user.click(screen.getByTestId('vote-anonymous'));
    await user.click(screen.getByRole('button', { name: 'Start the vote' }));
    await screen.findByText('Vote in progress');
    await user.click(screen.getByRole('button', { name: 'Vote for Awareness' }));
    await user.click(screen.getByRole('button', { name: 'Vote for Awareness' }));
    await user.click(screen.getByRole('button', { name: 'Vote for Leads' }));
    const results = await screen.findByTestId('vote-results');
    await waitFor(() =>
      expect(
        within(results)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['1Awareness2 votes', '2Leads1 vote']),
    );
    await user.click(screen.getByRole('button', { name: 'Close the vote' }));
    await screen.findByText('Vote closed');
    expect((await stored()).voteRounds[0]!.status).toBe('closed');
    expect(within(screen.getByTestId('vote-results')).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'New vote' })).toBeTruthy();
  });

  it('clears the votes of the open round', async () => {
    const { user, stored } = await setup();
    await user.click(screen.getByTestId('vote-anonymous'));
    await user.click(screen.getByRole('button', { name: 'Start the vote' }));
    await screen.findByText('Vote in progress');
    await user.click(screen.getByRole('button', { name: 'Vote for Leads' }));
    await screen.findByTestId('vote-results');
    await user.click(screen.getByRole('button', { name: 'Clear the votes' }));
    await waitFor(() => expect(screen.queryByTestId('vote-results')).toBeNull());
    expect((await stored()).votes).toHaveLength(0);
  });
});
