import { createFileRoute, Navigate } from '@tanstack/react-router';
import { COURSE, findModule } from '../../../lessons/course.ts';
import { NotFoundPage } from '../../../ui/pages/NotFoundPage.tsx';

/** `/learn/vllm` opens the module's first written lesson (or its first planned one). */
export const Route = createFileRoute('/learn/$module/')({
  component: ModuleRoute,
});

function ModuleRoute() {
  const { module } = Route.useParams();
  const mod = findModule(module);
  if (!mod) return <NotFoundPage />;
  if (mod.href) return <Navigate to={mod.href} replace />;
  const lessons = COURSE.filter((l) => l.module.slug === mod.slug);
  const target = lessons.find((l) => l.file) ?? lessons[0];
  if (!target) return <NotFoundPage />;
  return <Navigate to="/learn/$module/$lesson" params={{ module: mod.slug, lesson: target.slug }} replace />;
}
