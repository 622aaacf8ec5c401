import { StoryPageView, storyMetadata } from '../_components/pages/story-page';

export const generateMetadata = () => storyMetadata('en');

export default function StoryPage() {
  return <StoryPageView lang="en" />;
}
