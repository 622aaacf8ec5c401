import { ReaderPageView, readerMetadata } from '../../_components/pages/reader-page';

export const generateMetadata = () => readerMetadata('en');

export default function ReaderPage() {
  return <ReaderPageView lang="en" />;
}
