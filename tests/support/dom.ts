/** Setup of the DOM test project: DOM matchers (toBeDisabled, …), and an empty page per test. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
