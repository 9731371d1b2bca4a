// The component project's setup: each test file's App runs on the real core over a temporary library
// (test/helpers/testCore.ts); when the file is done, React unmounts and the libraries are removed.
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';
import { closeTestCores } from '../helpers/testCore';

// The real core reads and analyses every import, and the suites share two cores with end-to-end tests:
// give slow moments room before calling them failures.
configure({ asyncUtilTimeout: 15_000 });
afterEach(cleanup);
afterAll(closeTestCores);
