"""Pure domain logic: no Qt, no audio device, no storage. Time is always passed in."""
