import { describe, expect, it } from 'vitest';
import { classroomStartOf } from '../../src/state/classroomSession';

describe('what a page’s address asks of the classroom', () => {
  it('reads the instructor, a student with or without a code, and a follower tab', () => {
    expect(classroomStartOf('?teach')).toEqual({ kind: 'instructor' });
    expect(classroomStartOf('?join=acd-347')).toEqual({ kind: 'student', code: 'ACD347' });
    expect(classroomStartOf('?join')).toEqual({ kind: 'student', code: null });
    expect(classroomStartOf('?join=<script>')).toEqual({ kind: 'student', code: null });
    expect(classroomStartOf('?follow=tab&t=30')).toEqual({ kind: 'follower-tab' });
    expect(classroomStartOf('?follow=1')).toEqual({ kind: 'none' });
    expect(classroomStartOf('?t=30&camera=back')).toEqual({ kind: 'none' });
  });
});
