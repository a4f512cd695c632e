import { useImports } from '../import/ImportContext';
import type { LibraryScreen } from '../library/ViewTabs';
import { useMenuCommands } from './useMenuCommands';

interface MenuCommandsProps {
  onSave: () => void;
  onSettings: () => void;
  onSearch: () => void;
  onHelp: () => void;
  onShow: (screen: LibraryScreen) => void;
}

/** The app menu's commands, inside the import provider so Import… opens the same dialog as its button. Renders nothing. */
export function MenuCommands({ onSave, onSettings, onSearch, onHelp, onShow }: MenuCommandsProps) {
  const imports = useImports();
  useMenuCommands({
    save: onSave,
    import: () => imports?.openDialog(),
    settings: onSettings,
    search: onSearch,
    help: onHelp,
    'show:unread': () => onShow('unread'),
    'show:all': () => onShow('all'),
    'show:starred': () => onShow('starred'),
    'show:archive': () => onShow('archive'),
    'show:highlights': () => onShow('highlights'),
    'show:trash': () => onShow('trash'),
  });
  return null;
}
