import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { Welcome } from '../../../../src/renderer/src/features/library/Welcome';
import { createFakeApi, withApi } from '../fakeApi';

// A build made without the shared fixtures folder: the sample module finds nothing.
vi.mock('../../../../src/renderer/src/features/welcome/sampleArticle', () => ({ SAMPLE_ARTICLE: undefined }));

afterEach(cleanup);

it('offers no sample when the app was built without one, and makes saving the main action', () => {
  const Wrapper = withApi(createFakeApi().api);
  render(
    <Wrapper>
      <Welcome libraryPath={null} onSave={() => {}} />
    </Wrapper>,
  );
  expect(screen.queryByRole('button', { name: 'Add a sample article' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Save your first article' }).className).toContain('button--primary');
});
