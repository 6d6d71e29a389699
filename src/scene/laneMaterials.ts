/**
 * The lanes' materials, shared by every lane: dim for lanes not being stroked, bright for the
 * one that is, and the trail behind the hands on it.
 */
import { MeshBasicMaterial } from 'three';

export const dimLaneMaterial = new MeshBasicMaterial({
  color: '#ffffff',
  transparent: true,
  opacity: 0.55,
});
export const activeLaneMaterial = new MeshBasicMaterial({ color: '#ffffff' });
export const trailLaneMaterial = new MeshBasicMaterial({ color: '#ffd43b' });
