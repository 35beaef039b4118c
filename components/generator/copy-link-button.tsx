'use client';

import { useState } from 'react';

import { copyText } from './copy-text';
import type { FormFragmentValues } from './form-fragment-values';
import { writeFormFragment } from './write-form-fragment';

interface CopyLinkButtonProps {
  values: () => FormFragmentValues;
  label: string;
  copied: string;
  failed: string;
}

/** Copies a link that opens this page with the form filled in; the values ride in the fragment. */
export function CopyLinkButton({ values, label, copied, failed }: CopyLinkButtonProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const link = `${window.location.origin}${window.location.pathname}#${writeFormFragment(values())}`;
    setStatus((await copyText(link)) ? copied : failed);
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="status">
        {status}
      </span>
    </>
  );
}
