'use client';

import { useCallback, useId, useState, type DragEvent } from 'react';

import { formatMessage } from '@/lib/i18n/format-message';
import { bounceMaxLength } from '@/lib/bounce/limits';

import type { GeneratorMessages } from './form-messages';

type ReadResult = { ok: true; text: string } | { ok: false; reason: 'large' | 'unreadable' };

/** Reads a chosen or dropped bounce message in the browser: the file never leaves it. */
export async function readBounceFile(file: File): Promise<ReadResult> {
  if (file.size > bounceMaxLength) return { ok: false, reason: 'large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

interface BounceFileStatus {
  text: string;
  error: boolean;
}

/**
 * A bounce message given as a file, chosen or dropped on the bounce field: its text goes into the
 * field (`onText`), where the user sees what the letters will read and can still edit it.
 */
export function useBounceFile(onText: (text: string) => void, t: GeneratorMessages['form']) {
  const [status, setStatus] = useState<BounceFileStatus>({ text: '', error: false });
  const readFile = useCallback(
    async (file: File) => {
      const read = await readBounceFile(file);
      if (read.ok) {
        onText(read.text);
        setStatus({ text: formatMessage(t.bounceFileLoaded, { name: file.name }), error: false });
      } else {
        setStatus({ text: read.reason === 'large' ? t.bounceFileTooLarge : t.bounceFileUnreadable, error: true });
      }
    },
    [onText, t],
  );
  const onDrop = useCallback(
    (event: DragEvent<HTMLElement>) => {
      const file = event.dataTransfer.files[0];
      if (file === undefined) return;
      // A dropped file would otherwise open in the tab, leaving the page and what was typed.
      event.preventDefault();
      void readFile(file);
    },
    [readFile],
  );
  return { status, readFile, onDrop };
}

interface BounceFileInputProps {
  readFile: (file: File) => Promise<void>;
  status: BounceFileStatus;
  messages: GeneratorMessages['form'];
}

/** "Choose the bounce message": a saved .eml (a whole delivery status notification) or a text file. */
export function BounceFileInput({ readFile, status, messages: t }: BounceFileInputProps) {
  const id = useId();
  return (
    <div className="file-input">
      <label htmlFor={id}>{t.bounceFile}</label>
      <input
        id={id}
        type="file"
        accept=".eml,message/rfc822,text/plain,.txt"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file !== undefined) void readFile(file);
        }}
      />
      <p role="status" className={status.error ? 'error' : 'hint'}>
        {status.text}
      </p>
    </div>
  );
}
