/** @jest-environment jsdom */
import '@testing-library/jest-dom';

import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { useFocusOnArrival } from '@/components/generator/use-focus-on-arrival';

/** A page whose heading, like the lazily loaded results, may come after focus was asked for. */
function Probe({ headingAtFirst }: { headingAtFirst: boolean }) {
  const [shown, setShown] = useState(headingAtFirst);
  const [version, setVersion] = useState(0);
  const { ref: headingRef, request } = useFocusOnArrival<HTMLHeadingElement>(version);
  return (
    <>
      <button type="button" onClick={request}>
        ask
      </button>
      <button type="button" onClick={() => setVersion((value) => value + 1)}>
        change
      </button>
      <button type="button" onClick={() => setShown(true)}>
        show
      </button>
      {shown && (
        <h2 tabIndex={-1} ref={headingRef}>
          heading
        </h2>
      )}
    </>
  );
}

describe('focus on arrival', () => {
  it('waits for an element that is not there yet, then focuses it as it mounts', async () => {
    const user = userEvent.setup();
    render(<Probe headingAtFirst={false} />);

    await user.click(screen.getByRole('button', { name: 'ask' }));
    await user.click(screen.getByRole('button', { name: 'change' }));
    expect(screen.getByRole('button', { name: 'change' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'show' }));

    expect(screen.getByRole('heading', { name: 'heading' })).toHaveFocus();
  });

  it('focuses an element already there when what it shows changes', async () => {
    const user = userEvent.setup();
    render(<Probe headingAtFirst />);

    await user.click(screen.getByRole('button', { name: 'ask' }));
    await user.click(screen.getByRole('button', { name: 'change' }));

    expect(screen.getByRole('heading', { name: 'heading' })).toHaveFocus();
  });

  it('focuses once per request, and never unasked', async () => {
    const user = userEvent.setup();
    render(<Probe headingAtFirst={false} />);

    await user.click(screen.getByRole('button', { name: 'show' }));
    expect(screen.getByRole('button', { name: 'show' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'ask' }));
    await user.click(screen.getByRole('button', { name: 'change' }));
    expect(screen.getByRole('heading', { name: 'heading' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'change' }));
    expect(screen.getByRole('button', { name: 'change' })).toHaveFocus();
  });
});
