/**
 * The UI string catalogs (src/ui/strings.ts) against the code that shows them, read with the
 * TypeScript checker: every entry is used somewhere in src/ (a key nobody shows is dead weight
 * that drifts from the app), and no component writes words of its own past the catalog (JSX
 * text and the text attributes a user or a screen reader meets). Catalogs typed as complete
 * records (`Record<RegionName, string>`) are looked up by a name at run time; the compiler keeps
 * their keys complete, so they are checked as a whole.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const CATALOG = join(SRC, 'ui', 'strings.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

let program: ts.Program;
let checker: ts.TypeChecker;

/** The files that show catalog text: the catalog itself and those importing it. */
const showsText = (file: ts.SourceFile) =>
  file.fileName === CATALOG || /from '[./]*\/?(ui\/)?strings'/.test(file.text);

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(__dirname, '../../tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  // Without @types/node: src/ is browser code, and the checker has less to read.
  program = ts.createProgram(sourceFiles(SRC), {
    ...config.options,
    noEmit: true,
    types: ['vite/client'],
  });
  checker = program.getTypeChecker();
}, 60_000);

/** Every entry of the catalogs: the declaration of each key, by its path (`trainerStrings.view.layers`). */
function catalogEntries(file: ts.SourceFile): {
  leaves: Map<ts.Node, string>;
  below: Map<ts.Node, ts.Node[]>;
} {
  const leaves = new Map<ts.Node, string>();
  const below = new Map<ts.Node, ts.Node[]>();
  const objectOf = (node: ts.Expression | undefined): ts.ObjectLiteralExpression | null => {
    let inner = node;
    while (
      inner !== undefined &&
      (ts.isAsExpression(inner) ||
        ts.isSatisfiesExpression(inner) ||
        ts.isParenthesizedExpression(inner))
    ) {
      inner = inner.expression;
    }
    return inner !== undefined && ts.isObjectLiteralExpression(inner) ? inner : null;
  };
  const walk = (owner: ts.Node, object: ts.ObjectLiteralExpression, path: string): ts.Node[] => {
    const all: ts.Node[] = [];
    for (const property of object.properties) {
      if (property.name === undefined) continue;
      const name = `${path}.${property.name.getText(file)}`;
      const nested = ts.isPropertyAssignment(property) ? objectOf(property.initializer) : null;
      if (nested === null) {
        leaves.set(property, name);
        all.push(property);
      } else {
        all.push(property, ...walk(property, nested, name));
      }
    }
    below.set(owner, all);
    return all;
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported !== true) continue;
    for (const declaration of statement.declarationList.declarations) {
      const object = objectOf(declaration.initializer);
      if (object === null) continue;
      const name = declaration.name.getText(file);
      if (declaration.type !== undefined) {
        // A complete record: one entry, used when the catalog is.
        leaves.set(declaration, name);
        below.set(declaration, []);
      } else {
        walk(declaration, object, name);
      }
    }
  }
  return { leaves, below };
}

/** The catalog declarations the code reaches, each with every entry below it where reached as a whole. */
function usedEntries(below: Map<ts.Node, ts.Node[]>): Set<ts.Node> {
  const used = new Set<ts.Node>();
  const mark = (symbol: ts.Symbol | undefined, whole: boolean) => {
    const target =
      symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias
        ? checker.getAliasedSymbol(symbol)
        : symbol;
    for (const declaration of target?.declarations ?? []) {
      if (!below.has(declaration) && !declaration.getSourceFile().fileName.endsWith('strings.ts'))
        continue;
      used.add(declaration);
      if (whole) for (const node of below.get(declaration) ?? []) used.add(node);
    }
  };
  /** An expression that names a catalog part is used as a whole unless a key is read from it. */
  const readsAKey = (node: ts.Node): boolean => {
    const parent = node.parent;
    return (
      (ts.isPropertyAccessExpression(parent) && parent.expression === node) ||
      (ts.isElementAccessExpression(parent) &&
        parent.expression === node &&
        ts.isStringLiteralLike(parent.argumentExpression)) ||
      (ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name)) ||
      ts.isImportSpecifier(parent) ||
      ts.isVariableDeclaration(parent)
    );
  };
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(SRC) || !showsText(file)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && !ts.isPropertyAssignment(node.parent)) {
        const symbol = checker.getSymbolAtLocation(node);
        if (symbol !== undefined)
          mark(
            symbol,
            !readsAKey(
              ts.isPropertyAccessExpression(node.parent) && node.parent.name === node
                ? node.parent
                : node,
            ),
          );
      } else if (
        ts.isElementAccessExpression(node) &&
        ts.isStringLiteralLike(node.argumentExpression)
      ) {
        const symbol = checker.getSymbolAtLocation(node.argumentExpression);
        mark(symbol, !readsAKey(node));
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const type = checker.getTypeAtLocation(node.parent);
        const key = (node.propertyName ?? node.name).getText(file);
        mark(type.getProperty(key), false);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return used;
}

describe('the UI string catalogs', () => {
  it('has no entry that nothing in src/ shows', () => {
    const catalog = program.getSourceFile(CATALOG);
    if (catalog === undefined) throw new Error('src/ui/strings.ts is not in the program');
    const { leaves, below } = catalogEntries(catalog);
    expect(leaves.size).toBeGreaterThan(300);
    const used = usedEntries(below);
    const unused = [...leaves].filter(([node]) => !used.has(node)).map(([, path]) => path);
    expect(unused).toEqual([]);
  });

  it('is where every word the components show comes from', () => {
    const TEXT_ATTRIBUTES = new Set([
      'aria-label',
      'title',
      'alt',
      'placeholder',
      'aria-description',
    ]);
    const words = /\p{L}{2,}/u;
    const ownWords: string[] = [];
    for (const file of program.getSourceFiles()) {
      if (!file.fileName.startsWith(SRC) || !file.fileName.endsWith('.tsx')) continue;
      const where = (node: ts.Node) => {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        return `${file.fileName.slice(SRC.length + 1)}:${line + 1}`;
      };
      const visit = (node: ts.Node): void => {
        if (ts.isJsxText(node) && words.test(node.text)) {
          ownWords.push(`${where(node)} ${node.text.trim()}`);
        } else if (
          ts.isJsxAttribute(node) &&
          TEXT_ATTRIBUTES.has(node.name.getText(file)) &&
          node.initializer !== undefined &&
          ts.isStringLiteral(node.initializer) &&
          words.test(node.initializer.text)
        ) {
          ownWords.push(`${where(node)} ${node.getText(file)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(ownWords).toEqual([]);
  });
});
