import { createFileRoute } from '@tanstack/react-router';
import { findLesson } from '../../../lessons/course.ts';
import { ComingSoonPage } from '../../../ui/lesson/ComingSoonPage.tsx';
import { LessonPage } from '../../../ui/lesson/LessonPage.tsx';
import { NotFoundPage } from '../../../ui/pages/NotFoundPage.tsx';

export const Route = createFileRoute('/learn/$module/$lesson')({
  component: LessonRoute,
});

function LessonRoute() {
  const { module, lesson } = Route.useParams();
  const found = findLesson(module, lesson);
  if (!found) return <NotFoundPage />;
  if (!found.file || !found.frontmatter) return <ComingSoonPage lesson={found} />;
  return <LessonPage key={found.id} lesson={found} file={found.file} frontmatter={found.frontmatter} />;
}
