import { Pane } from '../../ui/Pane';
import { ArticleList } from './ArticleList';
import { DropZone } from './DropZone';
import { ImportStatus } from './ImportStatus';

/** The Inbox: bring articles in, see what came in, pick one to read. */
export function InboxPane() {
  return (
    <Pane label="Inbox" className="pane-inbox">
      <DropZone />
      <ImportStatus />
      <ArticleList />
    </Pane>
  );
}
