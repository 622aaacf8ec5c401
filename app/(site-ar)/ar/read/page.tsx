import { ReaderPageView, readerMetadata } from '../../../_components/pages/reader-page';

export const generateMetadata = () => readerMetadata('ar');

export default function ArabicReaderPage() {
  return <ReaderPageView lang="ar" />;
}
