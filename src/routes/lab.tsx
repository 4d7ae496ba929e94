import { createFileRoute } from '@tanstack/react-router';
import { LabPage } from '../ui/pages/LabPage.tsx';

export const Route = createFileRoute('/lab')({
  component: LabPage,
});
