import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classData, withoutClassPath } from './class-data.ts';
import type { EmulatorPaths } from './launcher.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A launcher folder and an emulator with two library jars (files only: no JVM runs here). */
function layout(withCdsJars: boolean): { emulator: EmulatorPaths; launcherDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'class-data-'));
  dirs.push(dir);
  const libDir = join(dir, 'emulator', 'DynamoDBLocal_lib');
  mkdirSync(libDir, { recursive: true });
  for (const name of ['b.jar', 'a.jar', 'native.so']) writeFileSync(join(libDir, name), 'x');
  const launcherDir = join(dir, 'launcher');
  mkdirSync(launcherDir);
  if (withCdsJars)
    for (const name of ['launcher.jar', 'DynamoDBLocal-cds.jar']) writeFileSync(join(launcherDir, name), 'x');
  const jar = join(dir, 'emulator', 'DynamoDBLocal.jar');
  return { emulator: { dir: join(dir, 'emulator'), jar, libDir, nodeModules: dir }, launcherDir };
}

describe('classData', () => {
  it('runs the plain class path, without sharing, until the jars CDS needs are there', () => {
    const { emulator, launcherDir } = layout(false);
    const data = classData(emulator, launcherDir);
    expect(data.classpath).toBe(`${launcherDir}:${emulator.jar}`);
    expect(data.flags).toEqual([]);
  });

  it('names only jars (CDS refuses a non-empty folder), then archives at exit, and reads the archive after', () => {
    const { emulator, launcherDir } = layout(true);
    const first = classData(emulator, launcherDir);
    expect(first.classpath.split(':')).toEqual([
      join(launcherDir, 'launcher.jar'),
      join(launcherDir, 'DynamoDBLocal-cds.jar'),
      join(emulator.libDir, 'a.jar'),
      join(emulator.libDir, 'b.jar'),
    ]);
    expect(first.flags).toEqual([expect.stringMatching(/^-XX:ArchiveClassesAtExit=.*\.jsa\..*\.tmp$/)]);
    const dump = (first.flags[0] as string).split('=')[1] as string;
    writeFileSync(dump, 'archive'); // what the JVM writes when it exits
    first.settle();
    expect(existsSync(dump)).toBe(false);
    const archives = readdirSync(launcherDir).filter((f) => f.endsWith('.jsa'));
    expect(archives).toHaveLength(1);

    const next = classData(emulator, launcherDir);
    expect(next.flags).toEqual([`-XX:SharedArchiveFile=${join(launcherDir, archives[0] as string)}`]);
  });

  it('one JVM at a time writes the archive: the others run on the same class path without a dump', () => {
    const { emulator, launcherDir } = layout(true);
    const [a, b] = [classData(emulator, launcherDir), classData(emulator, launcherDir)];
    expect(a.flags).toEqual([expect.stringMatching(/^-XX:ArchiveClassesAtExit=/)]);
    expect(b.flags).toEqual([]);
    expect(b.classpath).toBe(a.classpath);
    b.settle();
    a.settle(); // exited without writing one (killed): the next JVM may try again
    const c = classData(emulator, launcherDir);
    expect(c.flags).toEqual([expect.stringMatching(/^-XX:ArchiveClassesAtExit=/)]);
    c.settle();
  });
});

describe('withoutClassPath', () => {
  it('drops the Class-Path attribute with its continuation lines and keeps every other attribute whole', () => {
    const manifest = [
      'Manifest-Version: 1.0',
      'Main-Class: com.amazonaws.services.dynamodbv2.local.main.ServerRunner',
      'Bundle-Description: DynamoDB Local is a small client-side database and',
      '  server that mimics the DynamoDB service.',
      'Class-Path: . log4j2.xml DynamoDBLocal_lib/a.jar DynamoDBLocal_lib/b',
      ' .jar DynamoDBLocal_lib/c.jar',
      'Bundle-License: DynamoDB Local License Agreement',
      '',
    ].join('\r\n');
    expect(withoutClassPath(manifest).split('\n')).toEqual([
      'Manifest-Version: 1.0',
      'Main-Class: com.amazonaws.services.dynamodbv2.local.main.ServerRunner',
      'Bundle-Description: DynamoDB Local is a small client-side database and',
      '  server that mimics the DynamoDB service.',
      'Bundle-License: DynamoDB Local License Agreement',
      '',
    ]);
  });
});
