import { McCard } from './card.js';
McCard.define();
