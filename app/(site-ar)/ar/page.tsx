import { StoryPageView, storyMetadata } from '../../_components/pages/story-page';

export const generateMetadata = () => storyMetadata('ar');

export default function ArabicStoryPage() {
  return <StoryPageView lang="ar" />;
}
